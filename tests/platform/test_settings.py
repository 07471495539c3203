"""Production settings pass Django's deployment check; the console script
works."""

import os
import subprocess
import sys
from pathlib import Path


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ortakmasa", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ortakmasa.settings",
        "DEBUG": "0",
        "SECRET_KEY": "x" * 64 + "production-key-for-the-check",
        "ALLOWED_HOSTS": "ortakmasa.example.org",
        "ORTAKMASA_VAR_DIR": str(tmp_path),
    }
    result = run(["check", "--deploy", "--fail-level", "WARNING"], env, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_secret_key_a_random_one_is_kept_in_var(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env.update({"DJANGO_SETTINGS_MODULE": "ortakmasa.settings", "ORTAKMASA_VAR_DIR": str(tmp_path)})
    result = run(["check"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    key = (tmp_path / "secret_key").read_text()
    assert len(key) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
