// libhyphen (placeholder until written).
