namespace NewsGen.Naming;

/// <summary>
/// An article's id: its path relative to the corpus root, without extension, with <c>/</c> between folders on
/// every operating system (<c>politics/2024-05-01-senate-vote</c>). This is the identity MSBuild gives content
/// items (<c>%(RecursiveDir)%(Filename)</c>), so <c>&lt;NewsArticle Include="articles/**/*.txt" /&gt;</c> names
/// <c>articles/politics/vote.txt</c> <c>politics/vote</c>. Which root applies, first match wins:
/// <list type="number">
/// <item>the item's <c>Link</c> metadata, where the project sets one (the path the item shows as);</item>
/// <item>the <c>NewsGenArticleRoot</c> property, for files under that folder;</item>
/// <item>the folders the item's wildcard matched (<c>%(RecursiveDir)</c>);</item>
/// <item>none: the file name alone (a flat folder keeps the ids it always had).</item>
/// </list>
/// </summary>
public static class ArticleIdentity
{
    /// <summary>The separator between folders in an id, whatever the operating system.</summary>
    public const char FolderSeparator = '/';

    /// <summary>The id of the article file at <paramref name="path"/>, by the rule above.</summary>
    /// <param name="path">The file's full path, as the compiler gives it.</param>
    /// <param name="link">The item's <c>Link</c> metadata, or null.</param>
    /// <param name="recursiveDir">The item's <c>%(RecursiveDir)</c>, or null.</param>
    /// <param name="articleRoot">The full path of the <c>NewsGenArticleRoot</c> folder, or null.</param>
    public static string Id(string path, string? link, string? recursiveDir, string? articleRoot)
    {
        if (!string.IsNullOrWhiteSpace(link))
        {
            return WithoutExtension(Normalize(link!.Trim()).TrimStart(FolderSeparator));
        }

        string file = Normalize(path);
        if (!string.IsNullOrWhiteSpace(articleRoot))
        {
            string root = Normalize(articleRoot!.Trim()).TrimEnd(FolderSeparator) + FolderSeparator;
            if (file.Length > root.Length && file.StartsWith(root, System.StringComparison.Ordinal))
            {
                return WithoutExtension(file.Substring(root.Length));
            }
        }

        string fileName = ArticleNaming.IdFromPath(path);
        string folders = string.IsNullOrWhiteSpace(recursiveDir) ? string.Empty : Normalize(recursiveDir!.Trim()).Trim(FolderSeparator);
        return folders.Length == 0 ? fileName : folders + FolderSeparator + fileName;
    }

    /// <summary>The folder part of an id (<c>politics/senate</c> for <c>politics/senate/vote</c>), empty for a flat id.</summary>
    public static string Folder(string id)
    {
        int slash = id.LastIndexOf(FolderSeparator);
        return slash < 0 ? string.Empty : id.Substring(0, slash);
    }

    /// <summary>The file part of an id (<c>vote</c> for <c>politics/senate/vote</c>).</summary>
    public static string Name(string id) => id.Substring(id.LastIndexOf(FolderSeparator) + 1);

    private static string Normalize(string path) => path.Replace('\\', FolderSeparator);

    private static string WithoutExtension(string relative)
    {
        int slash = relative.LastIndexOf(FolderSeparator);
        int dot = relative.LastIndexOf('.');
        return dot > slash + 1 ? relative.Substring(0, dot) : relative;
    }
}
