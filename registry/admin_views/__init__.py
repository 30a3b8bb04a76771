"""The registry's admin screens that are not plain record editing: the moderation queue, the
spreadsheet import (and the import flow the programme shares), and the viewsets that route them.
"""
