using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The bound libraries' types by metadata name. The answers from referenced assemblies are kept for the set of
/// assemblies the compilation references: the IDE makes a new compilation on each keystroke with the same references
/// (the same assembly symbols), and searching a few hundred assemblies for each binding's types on every keystroke
/// cost more than compiling the edited file. The compilation's own source is searched each time (it changes).
/// </summary>
internal sealed class ReferencedTypes
{
    /// <summary>Reference sets kept: the projects a solution analyzes in turn.</summary>
    private const int Kept = 8;

    private static readonly List<Shared> Recent = new();

    /// <summary>Per tree, the namespaces it declares types in (syntax only: kept across compilations).</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, string[]> NamespacesByTree = new();

    private readonly Shared _shared;
    private readonly Compilation _compilation;
    private HashSet<string>? _sourceNamespaces;

    private ReferencedTypes(Shared shared, Compilation compilation)
    {
        _shared = shared;
        _compilation = compilation;
    }

    /// <summary>The lookups of <paramref name="compilation"/>, sharing the referenced assemblies' answers with earlier compilations of the same references.</summary>
    public static ReferencedTypes For(Compilation compilation)
    {
        var assemblies = new List<IAssemblySymbol>();
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                assemblies.Add(assembly);
            }
        }

        lock (Recent)
        {
            foreach (var kept in Recent)
            {
                if (kept.Holds(assemblies))
                {
                    return new ReferencedTypes(kept, compilation);
                }
            }

            var created = new Shared(assemblies.ToArray());
            Recent.Insert(0, created);
            if (Recent.Count > Kept)
            {
                Recent.RemoveAt(Recent.Count - 1);
            }

            return new ReferencedTypes(created, compilation);
        }
    }

    /// <summary>
    /// Every type with this metadata name (common names such as ServiceCollectionExtensions live in many assemblies):
    /// the compilation's own if it declares one, else the one public type of the references, else all of theirs.
    /// </summary>
    public ImmutableArray<INamedTypeSymbol> Find(string metadataName)
        => MayDeclare(metadataName) && _compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own
            ? ImmutableArray.Create(own)
            : _shared.Find(metadataName);

    /// <summary>The one type of this name, as <see cref="Compilation.GetTypeByMetadataName"/> picks it; null when none or several.</summary>
    public INamedTypeSymbol? Single(string metadataName) => Find(metadataName) is { Length: 1 } one ? one[0] : null;

    /// <summary>
    /// True when the source may declare the type: it declares types in the type's namespace. The namespaces come from
    /// each tree's syntax, kept with the tree; asking the compilation for its type names walks every declaration on
    /// each keystroke, and looking a type up builds the source's namespaces.
    /// </summary>
    private bool MayDeclare(string metadataName)
    {
        var end = metadataName.IndexOf('+');
        var outer = end < 0 ? metadataName : metadataName.Substring(0, end);
        var dot = outer.LastIndexOf('.');
        return SourceNamespaces().Contains(dot < 0 ? "" : outer.Substring(0, dot));
    }

    private HashSet<string> SourceNamespaces()
    {
        if (_sourceNamespaces is { } known)
        {
            return known;
        }

        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            namespaces.UnionWith(NamespacesByTree.TryGetValue(tree, out var found) ? found : NamespacesByTree.GetValue(tree, Declared));
        }

        return _sourceNamespaces = namespaces;
    }

    /// <summary>The namespaces a tree declares types in ("" for the global namespace), nested ones by their full name.</summary>
    private static string[] Declared(SyntaxTree tree)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                var name = "";
                for (var parent = node.Parent; parent is BaseNamespaceDeclarationSyntax declaration; parent = parent.Parent)
                {
                    name = name.Length == 0 ? declaration.Name.ToString() : declaration.Name + "." + name;
                }

                names.Add(name.Replace(" ", ""));
            }
        }

        var result = new string[names.Count];
        names.CopyTo(result);
        return result;
    }

    /// <summary>The referenced assemblies' answers, shared by every compilation of one set of references.</summary>
    private sealed class Shared
    {
        private readonly IAssemblySymbol[] _assemblies;
        private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _byName = new(StringComparer.Ordinal);

        public Shared(IAssemblySymbol[] assemblies) => _assemblies = assemblies;

        public ImmutableArray<INamedTypeSymbol> Find(string metadataName)
            => _byName.TryGetValue(metadataName, out var known) ? known : _byName.GetOrAdd(metadataName, Search);

        /// <summary>The same symbol objects: the compilations share their references' metadata.</summary>
        public bool Holds(List<IAssemblySymbol> current)
        {
            if (_assemblies.Length != current.Count)
            {
                return false;
            }

            for (var i = 0; i < _assemblies.Length; i++)
            {
                if (!ReferenceEquals(_assemblies[i], current[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private ImmutableArray<INamedTypeSymbol> Search(string metadataName)
        {
            var all = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            INamedTypeSymbol? onlyPublic = null;
            var publics = 0;
            foreach (var assembly in _assemblies)
            {
                if (assembly.GetTypeByMetadataName(metadataName) is { } type)
                {
                    all.Add(type);
                    if (IsPublic(type))
                    {
                        onlyPublic = type;
                        publics++;
                    }
                }
            }

            return publics == 1 ? ImmutableArray.Create(onlyPublic!) : all.ToImmutable();
        }

        private static bool IsPublic(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility != Accessibility.Public)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
