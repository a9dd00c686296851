// Fonts (placeholder until written).
