// The front ends (CLI, service, benchmarks) see the model and layouts through the pipeline.
@_exported import FolioLayouts
@_exported import FolioModel
@_exported import FolioReaders
@_exported import FolioTypesetting
