# ru: students
