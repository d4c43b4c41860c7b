from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from wyhp_site.core import health, sections
from wyhp_site.core import views as core_views
from wyhp_site.core.sitemap import sitemap
from wyhp_site.core.uploads.serving import media_urlpatterns
from wyhp_site.search import views as search_views
from wyhp_site.sharing.views import shared_preview

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("health/live/", health.live, name="health_live"),
    path("health/ready/", health.ready, name="health_ready"),
    # A draft for whoever holds the link (wyhp_site/sharing/); never cached, never indexed.
    path("share/<str:token>/", shared_preview, name="shared_preview"),
]

# Uploaded images, when they are on local disk rather than in a bucket.
urlpatterns += media_urlpatterns()

# The content apps' own addresses that are not pages (the FAQ's feedback form).
urlpatterns += sections.public_urlpatterns()

# Wagtail's page serving comes last: it answers every other path.
urlpatterns += [path("", include(wagtail_urls))]

# A database fault met outside a view still answers 503 (wyhp_site/core/db_faults.py).
handler500 = "wyhp_site.core.db_faults.server_error"
