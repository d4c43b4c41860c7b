class ViewMiddleware:
    """A middleware that acts only in ``process_view``, once the address has been
    resolved to a view; subclasses define that method."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)
