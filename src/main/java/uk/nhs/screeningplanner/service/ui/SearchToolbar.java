package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** A search field, optional filters and an Add button that only editors see. */
class SearchToolbar extends HorizontalLayout {

  private final TextField search = new TextField("Search");
  private final Button add;

  SearchToolbar(String idPrefix, String searchHint, String addText, boolean canAdd) {
    search.setId(idPrefix + "-search");
    search.setPlaceholder(searchHint);
    search.setClearButtonVisible(true);
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("18em");
    add = new Button(addText, VaadinIcon.PLUS.create());
    add.setId(idPrefix + "-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(canAdd);
    addClassName("view-toolbar");
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(search, add);
  }

  void onSearch(Consumer<String> listener) {
    search.addValueChangeListener(e -> listener.accept(e.getValue()));
  }

  void onAdd(Runnable listener) {
    add.addClickListener(e -> listener.run());
  }

  String searchText() {
    return search.getValue();
  }

  /** Puts filters between the search field and the Add button. */
  void addFilters(Component... filters) {
    for (Component filter : filters) {
      addComponentAtIndex(indexOf(add), filter);
    }
  }
}
