"""The application layer: command line, jobs, views, exports, benchmark."""
