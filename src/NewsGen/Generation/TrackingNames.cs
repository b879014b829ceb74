namespace NewsGen.Generation;

/// <summary>Names of the generator's pipeline steps, so tests can check what a run recomputed.</summary>
public static class TrackingNames
{
    /// <summary>The project's settings reduced to an <c>EmitSettings</c>.</summary>
    public const string Settings = nameof(Settings);
    /// <summary>The AdditionalFiles marked as articles.</summary>
    public const string ArticleFiles = nameof(ArticleFiles);
    /// <summary>Each article file parsed into a model.</summary>
    public const string ParsedArticles = nameof(ParsedArticles);
    /// <summary>The type names of all articles, clashes included.</summary>
    public const string NameTable = nameof(NameTable);
    /// <summary>Each article that gets a generated type, with its name.</summary>
    public const string ArticlesToEmit = nameof(ArticlesToEmit);
    /// <summary>Each article's generated code.</summary>
    public const string EmittedArticles = nameof(EmittedArticles);
    /// <summary>The articles of each generated file.</summary>
    public const string ArticleGroups = nameof(ArticleGroups);
    /// <summary>Each emitted article as the corpus lists it, without its code.</summary>
    public const string CorpusEntries = nameof(CorpusEntries);
    /// <summary>The articles the corpus lists, in ordinal order of id.</summary>
    public const string CorpusMembers = nameof(CorpusMembers);
}
