# ru: school
