# en: students
