"""Date and time formats of the portal's languages as they are written in Finland
(FORMAT_MODULE_PATH): Swedish as in Finland rather than Sweden, English with the day before
the month and the 24-hour clock. Whatever a module leaves out comes from Django's own."""
