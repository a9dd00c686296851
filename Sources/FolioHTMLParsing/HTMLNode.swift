// HTML parsing: filled in by the HTML step.
