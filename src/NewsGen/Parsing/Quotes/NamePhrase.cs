namespace NewsGen.Parsing.Quotes;

/// <summary>A person's name as one mention writes it, split from its titles and role.</summary>
internal sealed class NamePhrase
{
    public NamePhrase(string name, string surname, int nameTokens, string? role, Gender gender, bool hasEvidence, bool afterThe, bool isTitled = false)
    {
        IsTitled = isTitled;
        Name = name;
        Surname = surname;
        NameTokens = nameTokens;
        Role = role;
        Gender = gender;
        HasPersonEvidence = hasEvidence;
        AfterThe = afterThe;
    }

    /// <summary>The name without titles: "Donald Trump", or "Trump" for a later mention.</summary>
    public string Name { get; }

    public string Surname { get; }

    public int NameTokens { get; }

    public string? Role { get; }

    public Gender Gender { get; }

    /// <summary>A title, courtesy title, role or known given name shows that the phrase names a person.</summary>
    public bool HasPersonEvidence { get; }

    /// <summary>The run itself starts with a courtesy title or a title: "Mr. Okafor", "President Okafor", "Rev. Paul Whitcombe".</summary>
    public bool IsTitled { get; }

    /// <summary>Written after "the": "the White House", "the New York Times" name institutions, not people.</summary>
    public bool AfterThe { get; }
}
