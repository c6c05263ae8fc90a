package org.painstats.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Makes an SVG file fit to be inlined in an HTML page: the {@code <svg>} element alone, without the
 * XML declaration or DOCTYPE a file carries, with a {@code viewBox} so it can scale to the page, a
 * label for screen readers, and every {@code id} prefixed with the chart's name so that two charts
 * (each with its own {@code clip1}) do not take each other's clip paths and gradients.
 *
 * <p>The SVG must be static and self-contained: a {@code <script>}, an event handler attribute or a
 * reference outside the file ({@code href} or {@code url()} that is not {@code #id} or a {@code
 * data:} URI, {@code @import}) is a caller mistake and throws {@link IllegalArgumentException}, as
 * does markup that is not well-formed XML. External DTDs are never loaded.
 */
final class SvgInline {
  private static final Pattern URL_REF =
      Pattern.compile("url\\(\\s*(['\"]?)#([^)'\"\\s]+)\\1\\s*\\)");
  private static final Pattern EXTERNAL_URL =
      Pattern.compile("url\\(\\s*['\"]?(?!#|data:)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:px)?\\s*");

  private SvgInline() {}

  /** The {@code <svg>} markup of {@code chart}, ready to place in a page. */
  static String of(ChartImage chart) {
    Document doc = parse(chart);
    Element svg = doc.getDocumentElement();
    if (!svg.getLocalName().equals("svg")) {
      throw fail(chart, "the root element is <" + svg.getTagName() + ">, not <svg>");
    }
    Set<String> ids = new HashSet<>();
    collectIds(svg, ids);
    rewrite(chart, svg, ids, chart.name() + "-");
    if (!svg.hasAttribute("viewBox")) {
      Matcher w = NUMBER.matcher(svg.getAttribute("width"));
      Matcher h = NUMBER.matcher(svg.getAttribute("height"));
      if (w.matches() && h.matches()) {
        svg.setAttribute("viewBox", "0 0 " + w.group(1) + " " + h.group(1));
      }
    }
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", chart.title());
    return serialize(svg);
  }

  private static Document parse(ChartImage chart) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return b.parse(new ByteArrayInputStream(chart.data()));
    } catch (SAXException e) {
      throw fail(chart, "not well-formed SVG (" + e.getMessage() + ")");
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("cannot read SVG of chart " + chart.name(), e);
    }
  }

  private static void collectIds(Element e, Set<String> ids) {
    if (e.hasAttribute("id")) {
      ids.add(e.getAttribute("id"));
    }
    for (Element c : children(e)) {
      collectIds(c, ids);
    }
  }

  private static void rewrite(ChartImage chart, Element e, Set<String> ids, String prefix) {
    if (e.getLocalName().equals("script")) {
      throw fail(chart, "it holds a <script>; charts must be static");
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
      String value = a.getValue();
      if (name.toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
        throw fail(chart, "it has an event handler (" + a.getName() + "); charts must be static");
      }
      if (name.equals("id")) {
        a.setValue(prefix + value);
      } else if (name.equals("href") || name.equals("src")) {
        if (value.startsWith("#")) {
          String id = value.substring(1);
          a.setValue(ids.contains(id) ? "#" + prefix + id : value);
        } else if (!value.startsWith("data:")) {
          throw fail(chart, "it refers to " + value + " outside the file");
        }
      } else {
        checkUrls(chart, value);
        a.setValue(prefixUrls(value, ids, prefix));
      }
    }
    if (e.getLocalName().equals("style")) {
      String css = e.getTextContent();
      checkUrls(chart, css);
      if (css.contains("@import")) {
        throw fail(chart, "its style sheet imports another");
      }
      e.setTextContent(prefixUrls(css, ids, prefix));
    }
    for (Element c : children(e)) {
      rewrite(chart, c, ids, prefix);
    }
  }

  private static void checkUrls(ChartImage chart, String text) {
    if (EXTERNAL_URL.matcher(text).find()) {
      throw fail(chart, "it refers to a url() outside the file");
    }
  }

  private static String prefixUrls(String text, Set<String> ids, String prefix) {
    Matcher m = URL_REF.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String id = m.group(2);
      String to = ids.contains(id) ? prefix + id : id;
      m.appendReplacement(b, Matcher.quoteReplacement("url(#" + to + ")"));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static java.util.List<Element> children(Element e) {
    java.util.List<Element> out = new java.util.ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) nodes.item(i));
      }
    }
    return out;
  }

  private static String serialize(Element svg) {
    try {
      TransformerFactory f = TransformerFactory.newInstance();
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      t.setOutputProperty(OutputKeys.METHOD, "xml");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(svg), new StreamResult(w));
      return w.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write SVG", e);
    }
  }

  private static IllegalArgumentException fail(ChartImage chart, String why) {
    return new IllegalArgumentException(
        "chart " + chart.name() + ": cannot inline its SVG: " + why);
  }
}
