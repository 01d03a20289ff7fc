"""YAML helpers that keep line numbers, so every content error names file and line."""

from __future__ import annotations

import yaml

from bot.core.models import ContentError


def load_yaml(text: str, source: str) -> yaml.Node | None:
    """Compose (not construct) a YAML document so nodes keep their positions."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        raise ContentError(source, line, f"invalid YAML: {err.problem or err}") from err
    except yaml.YAMLError as err:
        raise ContentError(source, 1, f"invalid YAML: {err}") from err
    except RecursionError as err:
        # PyYAML composes recursively: "[[[[..." thousands deep would crash the loader.
        raise ContentError(source, 1, "invalid YAML: nested too deeply") from err


def line_of(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def scalar(node: yaml.Node, source: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise ContentError(source, line_of(node), f"{what} must be text")
    value = str(node.value).strip()
    if not value:
        raise ContentError(source, line_of(node), f"{what} is empty")
    return value


def scalar_list(node: yaml.Node, source: str, what: str = "alias") -> list[str]:
    """A scalar or a sequence of scalars, as a list of non-empty strings."""
    if isinstance(node, yaml.ScalarNode):
        return [scalar(node, source, what)]
    if isinstance(node, yaml.SequenceNode):
        return [scalar(item, source, what) for item in node.value]
    raise ContentError(source, line_of(node), f"{what} must be text or a list of text")


def mapping(node: yaml.Node) -> dict[str, yaml.Node]:
    assert isinstance(node, yaml.MappingNode)
    return {str(k.value): v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
