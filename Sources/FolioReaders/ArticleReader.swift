// Readers: input formats to Article.
