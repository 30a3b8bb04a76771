"""URL converters shared by every app's URLconf."""

# Database ids are 64-bit signed integers (BigAutoField); a longer number in an address is
# no id at all, and handing it to the database overflows its integer type.
MAX_DATABASE_ID = 2**63 - 1


class DatabaseIdConverter:
    """`<id:pk>`: a whole number that fits a database id; anything bigger does not match (404)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_DATABASE_ID:
            raise ValueError("beyond a 64-bit id")  # Django answers: this pattern does not match
        return number

    def to_url(self, value) -> str:
        return str(value)
