"""The learned extractor's parts: token features, BIO-constrained decoding, link classifiers, training, saving."""
