"""Uploaded images and documents: what may be uploaded, and serving them from local disk."""
