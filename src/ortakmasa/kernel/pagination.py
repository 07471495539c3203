"""API pagination, in a module of its own because DRF imports it while its
own views module is still loading."""

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
