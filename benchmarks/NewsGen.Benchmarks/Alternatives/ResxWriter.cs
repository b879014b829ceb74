using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace NewsGen.Benchmarks.Alternatives;

/// <summary>Writes Resources/SeedArticle.resx from the seed file (run with <c>--write-resx</c>).</summary>
internal static class ResxWriter
{
    public static void Write(string path)
    {
        string body = SeedFiles.ReadBody();
        var entries = new List<KeyValuePair<string, string>>
        {
            new("Text", body),
            new(SeedFiles.Id, body),
        };
        string[] paragraphs = body.Split('\n');
        for (int i = 0; i < paragraphs.Length; i++)
        {
            entries.Add(new(SeedResources.ParagraphName(i + 1), paragraphs[i]));
        }

        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) };
        using XmlWriter xml = XmlWriter.Create(path, settings);
        xml.WriteStartElement("root");
        WriteHeader(xml, "resmimetype", "text/microsoft-resx");
        WriteHeader(xml, "version", "2.0");
        WriteHeader(xml, "reader", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        WriteHeader(xml, "writer", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        foreach (KeyValuePair<string, string> entry in entries)
        {
            xml.WriteStartElement("data");
            xml.WriteAttributeString("name", entry.Key);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteElementString("value", entry.Value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        File.AppendAllText(path, "\n");
    }

    private static void WriteHeader(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("resheader");
        xml.WriteAttributeString("name", name);
        xml.WriteElementString("value", value);
        xml.WriteEndElement();
    }
}
