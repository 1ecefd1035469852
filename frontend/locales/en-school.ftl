# en: school
