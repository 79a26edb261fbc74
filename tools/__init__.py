"""Developer tools beside the product: rendering the sample corpus and test fixtures to PDF,
and the speed and memory bench. Not installed with the `pipeline` package."""
