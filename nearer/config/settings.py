"""Nearer's settings, read top to bottom.

Every knob is a ``NEARER_*`` environment variable read through ``nearer.config.env``;
the README's Configuration section documents each one (a test keeps it so).
Defaults suit one person on their own computer: SQLite in the data folder, no network.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.csp import CSP

from nearer.config.env import ConfigError, env_bool, env_int, env_list, env_str
from nearer.config.secrets import default_data_dir, ensure_data_dir, read_or_create_secret

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# --- Where things live -------------------------------------------------------------------

DATA_DIR = ensure_data_dir(Path(env_str("DATA_DIR", str(default_data_dir()))).expanduser())

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY") or read_or_create_secret(DATA_DIR / "secret_key")

# The address people use to reach this install. It decides the allowed host names,
# the trusted origin for forms, and whether cookies and HSTS require HTTPS.
PUBLIC_URL = env_str("PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
_public = urlsplit(PUBLIC_URL)
if _public.scheme not in {"http", "https"} or not _public.hostname:
    raise ConfigError(f"NEARER_PUBLIC_URL must look like https://nearer.example.org, not {PUBLIC_URL!r}")
HTTPS = _public.scheme == "https"

_LOOPBACK = ["127.0.0.1", "localhost", "[::1]"]
ALLOWED_HOSTS = sorted({_public.hostname, *_LOOPBACK, *env_list("ALLOWED_HOSTS")})
CSRF_TRUSTED_ORIGINS = [PUBLIC_URL]

# --- Applications --------------------------------------------------------------------------

INSTALLED_APPS = [
    # Nearer's own apps, in dependency order (see docs/architecture.md).
    "nearer.core",
    "nearer.nlu",
    "nearer.accounts",
    "nearer.privacy",
    "nearer.safety",
    "nearer.journal",
    "nearer.checkins",
    "nearer.patterns",
    "nearer.assessments",
    "nearer.thoughts",
    "nearer.beliefs",
    "nearer.ladder",
    "nearer.say",
    # Django and the libraries we build on.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",  # allauth's passkey list uses it
    "django_htmx",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "nearer.core.middleware.PrivacyHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "nearer.accounts.middleware.FirstRunMiddleware",
    "nearer.accounts.middleware.LogoutClearsDeviceMiddleware",
    "nearer.accounts.middleware.MemberTimeZoneMiddleware",
    "nearer.privacy.keys.KeyCacheMiddleware",
]

ROOT_URLCONF = "nearer.config.urls"
WSGI_APPLICATION = "nearer.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nearer.core.context_processors.site",
            ],
        },
    },
]

# --- The private store (see docs/privacy.md) ---------------------------------------------

# Master keys that wrap each member's data key, as "id:base64key" entries, oldest first.
# Empty: kept in DATA_DIR/master-keys, created on first use, rotated by `nearer keys rotate`.
MASTER_KEYS = env_str("MASTER_KEYS")
# Keys the access log's hash chain. Empty: kept in DATA_DIR/audit-key, created on first use.
AUDIT_KEY = env_str("AUDIT_KEY")

# --- Database ------------------------------------------------------------------------------

_database_url = env_str("DATABASE_URL")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "nearer.sqlite3",
            "OPTIONS": {
                # WAL lets readers work while one writer commits; synchronous=FULL makes
                # every acknowledged commit survive power loss, not just a process crash.
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=FULL;"
                    "PRAGMA foreign_keys=ON;"
                    # Deleted rows are overwritten, so an erased member's data key is really gone.
                    "PRAGMA secure_delete=ON;"
                    "PRAGMA busy_timeout=5000;"
                ),
                # Take the write lock at BEGIN so concurrent writers queue instead of failing.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # Each worker thread keeps its connection for a minute instead of opening one (and
            # running the PRAGMAs above) for every request: opening it was an eighth of saving
            # a check-in (bench/bench_checkin_save.py). `nearer restore` writes into the live file
            # through SQLite's backup API, so kept connections see the restored data.
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (shared by all workers: login throttling lives here) ---------------------------

_redis_url = env_str("REDIS_URL")
if _redis_url:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _redis_url}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "nearer_cache",
        }
    }

# --- Accounts ------------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [  # Django's and allauth's, with a leaner per-request lookup
    "nearer.accounts.backends.PasswordBackend",
    "nearer.accounts.backends.AccountBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:home"

SIGNUP_ENABLED = env_bool("SIGNUP_ENABLED", True)
ACCOUNT_ADAPTER = "nearer.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_SIGNUP_FORM_CLASS = "nearer.accounts.forms.SignupForm"
ACCOUNT_FORMS = {
    "login": "nearer.accounts.allauth_forms.LoginForm",
    "signup": "nearer.accounts.allauth_forms.SignupForm",
}
ACCOUNT_EMAIL_VERIFICATION = env_str("EMAIL_VERIFICATION", "optional")
if ACCOUNT_EMAIL_VERIFICATION not in {"none", "optional", "mandatory"}:
    raise ConfigError("NEARER_EMAIL_VERIFICATION must be none, optional or mandatory")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Nearer] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = _public.scheme
# Failed logins: 10 a minute per address, and 5 per 5 minutes per account (kept in CACHES).
# allauth's own form: "20/m/ip" is 20 a minute from one address. A practice whose members sign
# up together from one office address may need more.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key", "signup": env_str("SIGNUP_RATE", "20/m/ip")}
ACCOUNT_LOGOUT_REDIRECT_URL = "core:home"

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
# A single-person install sends mail only to its own terminal; two-step sign-in must not wait
# for an email confirmation to protect the account.
MFA_ALLOW_UNVERIFIED_EMAIL = True
MFA_TOTP_ISSUER = "Nearer"
# Browsers treat http://127.0.0.1 as a secure context; the server-side check needs telling.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = not HTTPS
# Recording "last seen" would write to the database on every request; the session list shows
# where and when each login started, which is what "log out everywhere" needs.
USERSESSIONS_TRACK_ACTIVITY = False
# Flash messages ("Saved.") travel in a signed cookie, not the session, so a save is one write.
# They never hold what a member wrote.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# Database sessions (so signing out ends them everywhere), with a leaner lookup.
SESSION_ENGINE = "nearer.accounts.sessions"
SESSION_COOKIE_AGE = env_int("SESSION_DAYS", 14) * 24 * 3600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Email (password reset) ------------------------------------------------------------------

DEFAULT_FROM_EMAIL = env_str("EMAIL_FROM", "Nearer <nearer@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
_smtp_host = env_str("SMTP_HOST")
if _smtp_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _smtp_host,
                "port": env_int("SMTP_PORT", 587),
                "username": env_str("SMTP_USER"),
                "password": env_str("SMTP_PASSWORD"),
                "use_tls": env_bool("SMTP_STARTTLS", True),
                "timeout": 15,
            },
        }
    }
else:
    # Nothing leaves the machine unless the operator configures it: mail (password reset
    # links) is printed to the terminal where Nearer runs.
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# --- Security headers ------------------------------------------------------------------------

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "nearer.core.views.csrf_failure"

if HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = False
    SECURE_HSTS_PRELOAD = False
    if env_bool("BEHIND_PROXY", False):
        # Only trust this header when a reverse proxy strips it from clients' requests.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        # Rate limits count per client, not per proxy: trust the one X-Forwarded-For hop it adds.
        ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # HSTS for subdomains and the browsers' preload list bind every other site on the
    # operator's domain to HTTPS for good; that is their call, not Nearer's.
    SILENCED_SYSTEM_CHECKS: list[str] = ["security.W005", "security.W021"]
else:
    # Served on plain HTTP at a loopback address: TLS, secure cookies and HSTS do not apply,
    # and `nearer serve` refuses to listen anywhere else without HTTPS.
    SILENCED_SYSTEM_CHECKS = ["security.W004", "security.W008", "security.W012", "security.W016"]
if not _smtp_host:
    # Printing mail to the terminal is the intended default for a single-person install.
    SILENCED_SYSTEM_CHECKS.append("mail.E001")

# --- Static files, language, time ------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_TZ = True

# --- Logging: never personal text, only what happened -----------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# --- Serving ----------------------------------------------------------------------------------

WORKERS = env_int("WORKERS", 2)
THREADS = env_int("THREADS", 4)

# Benchmarks only: mounts /bench/floor (one bare committed insert) for bench/bench_checkin_save.py.
BENCH_ENDPOINTS = env_bool("BENCH_ENDPOINTS", False)
