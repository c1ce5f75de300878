"""What the extraction tests compare: the stance per country a document ends up with."""

from app.extraction import extract


def verdicts(text: str) -> dict[str, str]:
    """Country code -> stance of the verdicts ``extract`` reaches on ``text``."""
    return {v.country_code: v.stance.value for v in extract(text).verdicts}
