// TalentContent
