// TalentSite
