import TalentCLI

await TalentCommand.main()
