from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from nearer.accounts import first_run, services
from nearer.accounts.forms import SetupForm, TimeZoneForm


@login_required
@require_http_methods(["GET", "POST"])
def settings_index(request: HttpRequest) -> HttpResponse:
    """One place for everything about the account: sign-in, two-factor, sessions, time zone."""
    form = TimeZoneForm(
        request.POST if request.method == "POST" else None, initial={"time_zone": request.user.time_zone}
    )
    if request.method == "POST" and form.is_valid():
        services.set_time_zone(user=request.user, time_zone=form.cleaned_data["time_zone"])
        messages.success(request, "Saved.")
        return redirect("accounts:settings_index")
    return render(request, "accounts/settings_index.html", {"form": form}, status=400 if form.errors else 200)


@never_cache
@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    if not first_run.needs_setup():
        raise Http404("Setup is already done.")
    first_run.setup_code()  # make sure the code the page points to exists, however Nearer was started
    form = SetupForm(
        request.POST if request.method == "POST" else None, initial={"setup_code": request.GET.get("code", "")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            owner = services.create_owner(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                setup_code=form.cleaned_data["setup_code"],
            )
        except ValidationError as exc:
            _attach_errors(form, exc)
        except services.SetupAlreadyDone as exc:
            raise Http404("Setup is already done.") from exc
        else:
            login(request, owner, backend="nearer.accounts.backends.PasswordBackend")
            return redirect("core:home")
    status = 400 if form.is_bound and form.errors else 200
    # The menu is hidden: until the owner exists, every link in it leads back here.
    return render(request, "accounts/setup.html", {"form": form, "setting_up": True}, status=status)


def _attach_errors(form: SetupForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error("password", exc.messages)
