// Cairo rendering (placeholder until written).
