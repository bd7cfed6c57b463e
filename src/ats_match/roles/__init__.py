"""Role profiles: the YAML files in role_profiles/ as validated, frozen RoleProfile models
(profile.py), found and loaded by id or path (loading.py)."""

from .loading import list_roles, load_role, profiles_dir
from .profile import ITEM_ID, STATUSES, Item, RoleProfile, Source, json_schema, write_json_schema

__all__ = [
    "ITEM_ID",
    "STATUSES",
    "Item",
    "RoleProfile",
    "Source",
    "json_schema",
    "list_roles",
    "load_role",
    "profiles_dir",
    "write_json_schema",
]
