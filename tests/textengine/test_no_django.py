import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_engine_imports_no_django():
    code = (
        f"import sys; sys.path.insert(0, {str(SRC)!r}); import ortakmasa.textengine as t; "
        "import ortakmasa.textengine.cli, ortakmasa.textengine.evaluate; "
        "t.extract('İBB Başkanı Ali Veli geldi.'); "
        "assert 'django' not in sys.modules, 'django imported'; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
