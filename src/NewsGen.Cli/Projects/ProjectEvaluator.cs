using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Exceptions;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Projects;

/// <summary>
/// Evaluates a project with the SDK's MSBuild and reads what the compiler would be handed: no targets run, and
/// none need to, because the package's targets turn <c>NewsArticle</c> items into marked <c>AdditionalFiles</c>
/// (with <c>NewsGenRecursiveDir</c>) and resolve <c>NewsGenArticleRootFullPath</c> at evaluation time, and the
/// SDK discovers <c>EditorConfigFiles</c> at evaluation time too. What the compiler sees of them is what the
/// package's <c>CompilerVisibleProperty</c> and <c>CompilerVisibleItemMetadata</c> items name, so those lists,
/// not a list of our own, decide which properties and metadata are read.
/// </summary>
internal static class ProjectEvaluator
{
    private const string ArticleMark = "NewsGenArticle";

    /// <summary>Evaluates <paramref name="projectPath"/> (a full path); only after <see cref="MsBuildLocation.EnsureRegistered"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ProjectView Evaluate(string projectPath, IReadOnlyDictionary<string, string> globalProperties)
    {
        var properties = new Dictionary<string, string>(globalProperties, StringComparer.OrdinalIgnoreCase);
        using var collection = new ProjectCollection(properties);
        try
        {
            Microsoft.Build.Evaluation.Project project = collection.LoadProject(projectPath);

            // A multi-targeting project compiles once per framework; the articles and options are the same in
            // each unless the project conditions them on the framework, so the first framework's view is taken.
            if (project.GetPropertyValue("TargetFramework").Length == 0
                && FirstOf(project.GetPropertyValue("TargetFrameworks")) is { } framework)
            {
                properties["TargetFramework"] = framework;
                project = collection.LoadProject(projectPath, properties, toolsVersion: null);
            }

            return Read(project);
        }
        catch (InvalidProjectFileException e)
        {
            return ProjectView.Failed("the project does not load: " + e.Message);
        }
    }

    private static ProjectView Read(Microsoft.Build.Evaluation.Project project)
    {
        var metadataNames = new List<string>();
        foreach (ProjectItem visible in project.GetItems("CompilerVisibleItemMetadata"))
        {
            string name = visible.GetMetadataValue("MetadataName");
            if (string.Equals(visible.EvaluatedInclude, "AdditionalFiles", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(name, ArticleMark, StringComparison.OrdinalIgnoreCase)
                && !metadataNames.Contains(name))
            {
                metadataNames.Add(name);
            }
        }

        var articles = new List<ArticleItem>();
        foreach (ProjectItem file in project.GetItems("AdditionalFiles"))
        {
            if (!string.Equals(file.GetMetadataValue(ArticleMark).Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in metadataNames)
            {
                if (file.GetMetadataValue(name) is { Length: > 0 } value)
                {
                    metadata[name] = value;
                }
            }

            articles.Add(new ArticleItem(file.GetMetadataValue("FullPath"), metadata));
        }

        string? error = null;
        if (articles.Count == 0)
        {
            error = project.GetItems("NewsArticle").Count == 0
                ? "the project has no NewsArticle items"
                : "the project has NewsArticle items, but NewsGen's build files are not imported: reference the NewsGen package and run 'dotnet restore'";
        }

        var visibleProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (ProjectItem visible in project.GetItems("CompilerVisibleProperty"))
        {
            visibleProperties[visible.EvaluatedInclude] = project.GetPropertyValue(visible.EvaluatedInclude);
        }

        var configFiles = new List<string>();
        foreach (ProjectItem config in project.GetItems("EditorConfigFiles"))
        {
            configFiles.Add(config.GetMetadataValue("FullPath"));
        }

        var warnings = new ProjectWarningProperties(
            project.GetPropertyValue("NoWarn"),
            project.GetPropertyValue("WarningsAsErrors"),
            project.GetPropertyValue("WarningsNotAsErrors"),
            project.GetPropertyValue("TreatWarningsAsErrors"),
            project.GetPropertyValue("WarningLevel"));
        return new ProjectView(articles, visibleProperties, configFiles, warnings, error);
    }

    private static string? FirstOf(string list)
    {
        foreach (string part in list.Split(';'))
        {
            if (part.Trim().Length > 0)
            {
                return part.Trim();
            }
        }

        return null;
    }
}
