"""ats_match: how well a resume fits a role, and what to do about the gap."""
