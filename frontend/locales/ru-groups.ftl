# ru: groups
