// ICU text analysis (placeholder until written).
