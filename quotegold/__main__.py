from quotegold.cli import main

main()
