"""Full-length texts of the demo articles and lectures, in the markup of `cms.demo.prose`."""
