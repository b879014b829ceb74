using System;
using System.Collections.Generic;
using System.IO;

namespace NewsGen.Cli.Input;

/// <summary>
/// Tells project paths from plain ones. A project is a file whose extension ends in <c>proj</c>
/// (<c>News.csproj</c>), or a folder holding exactly one such file at its top, as <c>dotnet build</c> finds one:
/// then the project alone decides what is an article, and loose <c>*.txt</c> files in its folder that are not
/// its <c>NewsArticle</c> items are not checked (a build would not see them either). A folder holding several
/// project files is an error: which one is meant must be said. A folder without one is a plain folder.
/// </summary>
internal static class ProjectFiles
{
    /// <summary>The project <paramref name="path"/> names, or null for a plain file or folder; <paramref name="error"/> says why a folder is ambiguous.</summary>
    public static string? Find(string path, out string? error)
    {
        error = null;
        if (File.Exists(path))
        {
            return IsProjectFile(path) ? path : null;
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        var projects = new List<string>();
        foreach (string file in Directory.EnumerateFiles(path, "*.*proj", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive }))
        {
            if (IsProjectFile(file))
            {
                projects.Add(file);
            }
        }

        if (projects.Count > 1)
        {
            projects.Sort(StringComparer.Ordinal);
            error = $"{path}: this folder holds {projects.Count} project files ({string.Join(", ", projects.ConvertAll(Path.GetFileName))}); name the one to check";
            return null;
        }

        return projects.Count == 1 ? projects[0] : null;
    }

    private static bool IsProjectFile(string path) => Path.GetExtension(path).EndsWith("proj", StringComparison.OrdinalIgnoreCase);
}
