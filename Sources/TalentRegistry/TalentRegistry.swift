// TalentRegistry
