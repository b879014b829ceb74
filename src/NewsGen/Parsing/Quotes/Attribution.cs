namespace NewsGen.Parsing.Quotes;

/// <summary>What a rule found: nothing (try the next rule), someone the text does not name, or a person.</summary>
internal readonly struct Attribution
{
    private Attribution(bool decided, Person? person)
    {
        Decided = decided;
        Person = person;
    }

    public static Attribution NotFound => default;

    /// <summary>The text attributes the quote, but to nobody it names ("a source said", "officials said"): no speaker, and no other rule may guess one.</summary>
    public static Attribution Unnamed => new(true, null);

    public bool Decided { get; }

    public Person? Person { get; }

    public static Attribution To(Person person) => new(true, person);
}
