"""calibrate: assessors compared before a calibration meeting."""
