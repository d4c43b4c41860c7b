# The deployment's part of deploy/varnish/default.vcl, for docker-compose.yml: its two app
# containers (fixed addresses on the compose network "site", 10.89.0.0/24) and who may purge.
# Another deployment writes its own site.vcl with the same three things and puts it on
# vcl_path (/etc/varnish).

# Is an app server there at all? /health/live/, not /health/ready/: the database and Redis
# are shared by every app server, so taking one out of rotation when they fail helps no one,
# and readers would get Varnish's own error instead of the app's 503 page. A copy kept from
# before is served either way (default.vcl). The Host must be one of ALLOWED_HOSTS.
probe app_alive {
    .request =
        "GET /health/live/ HTTP/1.1"
        "Host: localhost"
        "Connection: close"
        "User-Agent: Varnish health probe";
    .interval = 5s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

# first_byte_timeout stays above the longest a page waits on a silent database (README,
# "When the database fails": 16 s by default) and under gunicorn's 25 s.
backend web1 {
    .host = "10.89.0.11";
    .port = "8000";
    .probe = app_alive;
    .connect_timeout = 2s;
    .first_byte_timeout = 20s;
    .between_bytes_timeout = 10s;
}

backend web2 {
    .host = "10.89.0.12";
    .port = "8000";
    .probe = app_alive;
    .connect_timeout = 2s;
    .first_byte_timeout = 20s;
    .between_bytes_timeout = 10s;
}

# The app containers and the scheduler publish, so they purge. Not the network's gateway:
# connections through the published port can arrive from it.
acl purgers {
    "localhost";
    "10.89.0.0"/24;
    ! "10.89.0.1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(web1);
    app.add_backend(web2);
}
