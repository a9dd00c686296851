// OCFL archive (placeholder until written).
