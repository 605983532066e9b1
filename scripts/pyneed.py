"""Imports a Python package for the generator scripts, installing it quietly first if missing."""
import importlib
import subprocess
import sys


def need(module, package):
    """Imports `module`, installing `package` with pip first if it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])
        return importlib.import_module(module)
