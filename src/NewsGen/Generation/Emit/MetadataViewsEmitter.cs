namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes the metadata views every article shares: the authors, tags and other front-matter keys of an article
/// (<c>NewsAuthor</c>, <c>NewsAuthorList</c>, <c>NewsTagList</c>, <c>NewsMetadataEntry</c>, <c>NewsMetadataList</c>),
/// and the <c>NewsArticle</c> members that read them and the date. The strings come in one literal per article
/// (see <see cref="Layout.ArticleTables.MetadataStrings"/>), cut once on the article's first use; the views hold
/// the article's data and an index, so reading them allocates nothing.
/// </summary>
internal static class MetadataViewsEmitter
{
    private const string Data = GeneratedNames.ArticleData;

    /// <summary>What the data constructor does with the metadata table: cut it into its strings.</summary>
    public static void WriteDataConstruction(SourceWriter w)
    {
        w.Line("int[] metadataCuts = Numbers(metadataLengths);");
        w.Line("MetadataStrings = new string[metadataCuts.Length];");
        w.Open("for (int i = 0, start = 0; i < metadataCuts.Length; start += metadataCuts[i], i++)");
        w.Line("MetadataStrings[i] = metadata.Substring(start, metadataCuts[i]);");
        w.Close();
    }

    /// <summary>The data's members the views read: the strings and where the tags and the other keys start in them.</summary>
    public static void WriteDataMembers(SourceWriter w)
    {
        w.Line("public string[] MetadataStrings { get; }");
        w.Line("public int TagStart => 3 * AuthorCount;");
        w.Line("public int OtherKeyStart => (3 * AuthorCount) + TagCount;");
    }

    /// <summary>The <c>NewsArticle</c> members: the lists, the lookup of other keys, and the date as a value.</summary>
    public static void WriteArticleMembers(SourceWriter w, EmitSettings settings)
    {
        Doc(w, "The authors: the front matter's <c>authors</c> (names only) when it names any, else the byline's, in the order written.");
        w.Line("public " + GeneratedNames.AuthorList + " Authors => new " + GeneratedNames.AuthorList + "(Data);");
        w.Line();
        Doc(w, "The front matter's <c>tags</c>, in the order written.");
        w.Line("public " + GeneratedNames.TagList + " Tags => new " + GeneratedNames.TagList + "(Data);");
        w.Line();
        Doc(w, "The front-matter keys NewsGen does not type, with their values as text, in the order written.");
        w.Line("public " + GeneratedNames.MetadataList + " Metadata => new " + GeneratedNames.MetadataList + "(Data);");
        w.Line();
        Doc(w, "Finds the value of a front-matter key NewsGen does not type (compared as written: case-sensitive); false, and empty, when the block does not set it.");
        w.Open("public bool TryGetMetadata(string key, out string value)");
        w.Line(Data + " data = Data;");
        w.Open("for (int i = 0; i < data.MetadataCount; i++)");
        w.Open("if (string.Equals(data.MetadataStrings[data.OtherKeyStart + (2 * i)], key, global::System.StringComparison.Ordinal))");
        w.Line("value = data.MetadataStrings[data.OtherKeyStart + (2 * i) + 1];");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("value = string.Empty;");
        w.Line("return false;");
        w.Close();
        w.Line();
        Doc(w, "The front matter's <c>date</c> as a calendar day (midnight, unspecified kind), or null when it gives none; the time and offset as written are in <see cref=\"DateText\"/>.");
        w.Line("public global::System.DateTime? Date => Data.HasDate ? new global::System.DateTime(Data.DateYear, Data.DateMonth, Data.DateDay) : (global::System.DateTime?)null;");
        w.Line();
        if (settings.DateOnly)
        {
            Doc(w, "The front matter's <c>date</c> as a <c>DateOnly</c>, or null when it gives none.");
            w.Line("public global::System.DateOnly? DateOnly => Data.HasDate ? new global::System.DateOnly(Data.DateYear, Data.DateMonth, Data.DateDay) : (global::System.DateOnly?)null;");
            w.Line();
        }
    }

    /// <summary>The author view, the lists and the entry view.</summary>
    public static void WriteTypes(SourceWriter w, string q)
    {
        WriteAuthor(w, q);
        w.Line();
        ListWriter.Write(w, new ListShape(
            GeneratedNames.AuthorList,
            GeneratedNames.AuthorView,
            "The authors of one article, in the order written. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField(Data, "article") },
            "_article == null ? 0 : _article.AuthorCount",
            "new " + GeneratedNames.AuthorView + "(_article, index)"));
        w.Line();
        ListWriter.Write(w, new ListShape(
            GeneratedNames.TagList,
            "string",
            "The tags of one article, in the order written. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField(Data, "article") },
            "_article == null ? 0 : _article.TagCount",
            "_article.MetadataStrings[_article.TagStart + index]"));
        w.Line();
        WriteEntry(w, q);
        w.Line();
        ListWriter.Write(w, new ListShape(
            GeneratedNames.MetadataList,
            GeneratedNames.MetadataEntry,
            "The front-matter keys of one article that NewsGen does not type, in the order written. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField(Data, "article") },
            "_article == null ? 0 : _article.MetadataCount",
            "new " + GeneratedNames.MetadataEntry + "(_article, index)"));
    }

    private static void WriteAuthor(SourceWriter w, string q)
    {
        string self = GeneratedNames.AuthorView;
        IndexedViewWriter.WriteOpening(w, self, "A view of one author of an article. Reading it allocates nothing.", "The author's 0-based position among the article's authors.");
        Doc(w, "The name as written (<c>Jane Doe</c>, <c>JANE DOE</c>: nothing is re-cased).");
        w.Line("public string Name => _article.MetadataStrings[3 * Index];");
        w.Line();
        Doc(w, "The organisation the byline names (<c>Associated Press</c>), or empty.");
        w.Line("public string Organization => _article.MetadataStrings[(3 * Index) + 1];");
        w.Line();
        Doc(w, "The role the byline names (<c>Political Correspondent</c>), or empty.");
        w.Line("public string Role => _article.MetadataStrings[(3 * Index) + 2];");
        w.Line();
        Doc(w, "The article this author wrote.");
        w.Line("public " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(_article);");
        w.Line();
        IndexedViewWriter.WriteEquality(w, self, q, "Name");
        w.Close();
    }

    private static void WriteEntry(SourceWriter w, string q)
    {
        string self = GeneratedNames.MetadataEntry;
        IndexedViewWriter.WriteOpening(w, self, "A view of one front-matter key NewsGen does not type, and its value. Reading it allocates nothing.", "The entry's 0-based position among those keys, in the order written.");
        Doc(w, "The key as written (case-sensitive).");
        w.Line("public string Key => _article.MetadataStrings[_article.OtherKeyStart + (2 * Index)];");
        w.Line();
        Doc(w, "The value as text: quotes removed and escapes applied; a list's items joined by \", \".");
        w.Line("public string Value => _article.MetadataStrings[_article.OtherKeyStart + (2 * Index) + 1];");
        w.Line();
        Doc(w, "The article whose front matter sets this key.");
        w.Line("public " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(_article);");
        w.Line();
        IndexedViewWriter.WriteEquality(w, self, q, "Key");
        w.Close();
    }

    private static void Doc(SourceWriter w, string summary) => w.Line("/// <summary>" + summary + "</summary>");
}
