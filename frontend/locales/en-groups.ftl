# en: groups
